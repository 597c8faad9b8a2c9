//! The style sheet inlined into the HTML export: readable on screen, and a
//! print style for paper.

/// Screen: one readable column. Print: A4 with 16 mm margins; for US
/// Letter only the `size` changes — 16 mm margins leave a text block of
/// 178 mm on A4 and 184 mm on Letter, and nothing depends on page height.
pub(super) const STYLE: &str = r#"
:root { color-scheme: light; }
body {
  margin: 0;
  background: #fff;
  color: #1b1b1b;
  font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  -webkit-text-size-adjust: 100%;
}
main { max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; }
header { margin-bottom: 1.25rem; }
header p { margin: 0.15rem 0; color: #3a3a3a; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.3rem; }
h2 {
  font-size: 1rem;
  text-transform: uppercase;
  letter-spacing: 0.06em;
  border-bottom: 1px solid #c8c8c8;
  padding-bottom: 0.2rem;
  margin: 1.6rem 0 0.6rem;
}
h3 { font-size: 1rem; margin: 0.9rem 0 0.15rem; }
h4, h5, h6 { font-size: 0.95rem; margin: 0.7rem 0 0.1rem; }
p { margin: 0.35rem 0; }
ul, ol { margin: 0.35rem 0; padding-left: 1.3rem; }
li { margin: 0.15rem 0; }
a { color: #1d4f91; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
pre { white-space: pre-wrap; background: #f5f5f5; padding: 0.5rem 0.7rem; border-radius: 4px; }
blockquote { margin: 0.5rem 0; padding-left: 0.8rem; border-left: 3px solid #d5d5d5; color: #3a3a3a; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid #c8c8c8; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
hr { border: 0; border-top: 1px solid #c8c8c8; margin: 1rem 0; }
.footnote { font-size: 0.9em; color: #3a3a3a; }
.entry + .entry { margin-top: 0.8rem; }

/* The size follows the paper setting; the margins suit A4 and Letter. */
@page { size: A4; margin: 16mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  li, tr, blockquote, pre, table, .footnote { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  pre { background: none; padding: 0; }
}
"#;
