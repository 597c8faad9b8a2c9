//! The style sheet inlined into the HTML export: the PDF's design
//! (`assets/typst/resume.typ` at its default density) for screen and
//! print, with the page size following the paper setting.

use super::Paper;

/// The style sheet for printing on `paper`.
pub(super) fn style(paper: Paper) -> String {
    // Margins as the PDF's default: 18 mm at the sides, 15 mm top and
    // bottom; they suit A4 and Letter alike.
    format!(
        "{STYLE}\n@page {{ size: {}; margin: 15mm 18mm; }}\n",
        paper.css_name()
    )
}

/// Body 10.5 pt in a serif (Libertinus, which the PDF embeds, when the
/// reader has it); entry titles bold at body size; section titles 1.25×
/// with a rule; the name 2.1×. Entries may break across pages, but a
/// title stays with what follows it.
const STYLE: &str = r#"
:root { color-scheme: light; }
body {
  margin: 0;
  background: #fff;
  color: #1b1b1b;
  font: 10.5pt/1.4 "Libertinus Serif", "Linux Libertine O", "Linux Libertine", Georgia, "Times New Roman", serif;
  font-variant-ligatures: none;
  -webkit-text-size-adjust: 100%;
}
main { max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; }
header { margin-bottom: 0.8em; }
h1 { font-size: 2.1em; line-height: 1.15; margin: 0; }
.headline { font-size: 1.1em; margin: 0.1em 0 0; }
.contacts { margin: 0.15em 0 0; }
.contact { white-space: nowrap; }
.sep { margin: 0 0.2em; }
h2 {
  font-size: 1.25em;
  margin: 1.15em 0 0.5em;
  padding-bottom: 0.1em;
  border-bottom: 0.6pt solid #3c3c3c;
}
.entry { margin-top: 0.9em; }
h2 + .entry { margin-top: 0; }
.entry-head {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  align-items: baseline;
  column-gap: 1em;
  margin-bottom: 0.3em;
}
h3 { font-size: 1em; font-weight: normal; margin: 0; }
.when { margin: 0 0 0 auto; text-align: right; white-space: nowrap; }
p { margin: 0.35em 0; }
.entry-head p.when { margin-top: 0; margin-bottom: 0; }
ul { margin: 0.3em 0; padding-left: 1.1em; }
ul ul { margin: 0.1em 0; }
li { margin: 0.15em 0; }
a { color: #1d4f91; }

@media print {
  main { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2, .entry-head { break-after: avoid; page-break-after: avoid; }
  li { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 2; widows: 2; }
}"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_size_follows_the_paper() {
        assert!(style(Paper::A4).contains("@page { size: A4; margin: 15mm 18mm; }"));
        assert!(style(Paper::Letter).contains("@page { size: letter; margin: 15mm 18mm; }"));
    }
}
