//! Shape and quality checks on the embedded guide assets.

use super::*;

/// Every section guide with a label naming where it came from.
fn every_section_guide() -> Vec<(String, &'static SectionGuide)> {
    let mut all: Vec<_> = Level::ALL
        .iter()
        .flat_map(|&level| {
            level_guide(level)
                .sections
                .iter()
                .map(move |s| (format!("{level}/{}", s.kind.id()), s))
        })
        .collect();
    all.push(("custom".to_string(), custom_section_guide()));
    all
}

/// The bracketed placeholders in a template, e.g. `[Your Name]`.
fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('[')
        .skip(1)
        .filter_map(|rest| rest.split_once(']').map(|(inside, _)| inside))
        .collect()
}

#[test]
fn every_asset_parses_and_matches_its_level() {
    for level in Level::ALL {
        let guide =
            parse_level_guide(level, &level_asset(level)).unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(guide.level, level);
        assert_eq!(level_guide(level).level, level);
    }
    parse_custom_section_guide(&CUSTOM_SECTION_ASSET).unwrap_or_else(|err| panic!("{err}"));
}

#[test]
fn a_level_file_under_the_wrong_level_is_rejected() {
    let err = parse_level_guide(Level::Senior, &level_asset(Level::Junior)).unwrap_err();
    assert_eq!(err.path, "assets/junior.json");
    assert!(err.to_string().contains("'junior'"), "{err}");
    assert!(err.to_string().contains("fix the file"), "{err}");
}

#[test]
fn unknown_fields_are_rejected() {
    let asset = EmbeddedAsset {
        path: "typo.json",
        json: r#"{"kind": "custom", "purpose": "p", "tips": [], "examples": [],
                  "template": "t", "tip": "misspelt field"}"#,
    };
    let err = parse_custom_section_guide(&asset).unwrap_err();
    assert!(err.problem.contains("unknown field"), "{err}");
}

#[test]
fn duplicate_and_custom_entries_are_rejected() {
    let section =
        r#"{"kind": "KIND", "purpose": "p", "tips": [], "examples": [], "template": "t"}"#;
    let level_file = |kinds: &[&str]| {
        let sections: Vec<_> = kinds.iter().map(|k| section.replace("KIND", k)).collect();
        format!(
            r#"{{"level": "mid", "title": "t", "overview": "o", "sections": [{}]}}"#,
            sections.join(",")
        )
    };
    let parse = |json: String| {
        let json: &'static str = Box::leak(json.into_boxed_str());
        parse_level_guide(Level::Mid, &EmbeddedAsset { path: "x", json })
    };
    assert!(parse(level_file(&["summary", "skills"])).is_ok());
    let err = parse(level_file(&["summary", "skills", "summary"])).unwrap_err();
    assert!(
        err.problem.contains("'summary' section appears twice"),
        "{err}"
    );
    let err = parse(level_file(&["summary", "custom"])).unwrap_err();
    assert!(err.problem.contains("custom"), "{err}");
}

#[test]
fn the_custom_guide_must_be_for_custom_sections() {
    let asset = EmbeddedAsset {
        path: "x",
        json: r#"{"kind": "skills", "purpose": "p", "tips": [], "examples": [], "template": "t"}"#,
    };
    assert!(parse_custom_section_guide(&asset).is_err());
    assert_eq!(custom_section_guide().kind, SectionKind::Custom);
}

#[test]
fn every_level_guides_every_guided_kind() {
    for level in Level::ALL {
        let guide = level_guide(level);
        for &kind in level.recommended_sections() {
            assert!(guide.section(kind).is_some(), "{level} lacks {kind:?}");
        }
        // Switching level must never leave a section without tips.
        for kind in SectionKind::GUIDED {
            let found = guide.section(kind);
            assert_eq!(found.map(|s| s.kind), Some(kind), "{level} lacks {kind:?}");
        }
        assert!(guide.section(SectionKind::Custom).is_none());
        assert!(!guide.title.trim().is_empty(), "{level}: empty title");
        let sentences = guide.overview.matches(". ").count() + 1;
        assert!(
            (2..=3).contains(&sentences),
            "{level}: overview should be 2–3 sentences"
        );
    }
}

#[test]
fn recommended_sections_come_first_in_the_asset() {
    for level in Level::ALL {
        let recommended = level.recommended_sections();
        let kinds: Vec<_> = level_guide(level).sections.iter().map(|s| s.kind).collect();
        assert_eq!(&kinds[..recommended.len()], recommended, "{level}");
    }
}

#[test]
fn no_field_is_empty_and_each_section_has_enough_advice() {
    for (label, guide) in every_section_guide() {
        assert!(!guide.purpose.trim().is_empty(), "{label}: empty purpose");
        assert!(!guide.template.trim().is_empty(), "{label}: empty template");
        assert!(guide.tips.len() >= 3, "{label}: fewer than 3 tips");
        assert!(guide.examples.len() >= 2, "{label}: fewer than 2 examples");
        for text in guide.tips.iter().chain(&guide.examples) {
            assert!(!text.trim().is_empty(), "{label}: empty tip or example");
            assert_eq!(text.trim(), text, "{label}: stray whitespace in {text:?}");
        }
    }
}

#[test]
fn tips_fit_a_narrow_side_pane() {
    for (label, guide) in every_section_guide() {
        for tip in &guide.tips {
            let length = tip.chars().count();
            assert!(length <= 120, "{label}: tip of {length} chars: {tip}");
            assert!(!tip.contains('\n'), "{label}: tip spans lines: {tip}");
        }
    }
}

#[test]
fn achievement_examples_carry_figures() {
    for (label, guide) in every_section_guide() {
        if !guide.kind.has_bullets() {
            continue;
        }
        for example in &guide.examples {
            assert!(
                example.chars().any(|c| c.is_ascii_digit()),
                "{label}: example without a figure: {example}"
            );
        }
    }
}

#[test]
fn examples_hold_no_placeholders() {
    // A user may copy an example as it is; it must read as finished text.
    for (label, guide) in every_section_guide() {
        for example in &guide.examples {
            assert!(
                placeholders(example).is_empty(),
                "{label}: placeholder in example: {example}"
            );
        }
    }
}

#[test]
fn every_template_has_placeholders_and_only_balanced_brackets() {
    for (label, guide) in every_section_guide() {
        let found = placeholders(&guide.template);
        assert!(!found.is_empty(), "{label}: template has no [placeholder]");
        assert!(
            found
                .iter()
                .all(|p| !p.trim().is_empty() && !p.contains('['))
        );
        let opens = guide.template.matches('[').count();
        let closes = guide.template.matches(']').count();
        assert_eq!(opens, closes, "{label}: unbalanced brackets");
        assert_eq!(opens, found.len(), "{label}: nested or stray bracket");
    }
}

#[test]
fn header_templates_are_name_title_and_contacts() {
    for level in Level::ALL {
        let template = &level_guide(level)
            .section(SectionKind::Header)
            .unwrap()
            .template;
        // Blank lines between them, so Markdown renders three lines rather
        // than one paragraph.
        let lines: Vec<_> = template.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(template.split("\n\n").count(), 3, "{level}: {template}");
        assert_eq!(lines.len(), 3, "{level}: {template}");
        assert_eq!(lines[0], "# [Your Name]");
        assert!(lines[1].contains("[City, Country]"), "{level}");
        for contact in [
            "[email@example.com]",
            "[github.com/you]",
            "[linkedin.com/in/you]",
        ] {
            assert!(lines[2].contains(contact), "{level}: missing {contact}");
        }
    }
}

#[test]
fn experience_templates_have_role_dates_and_bullets() {
    for level in Level::ALL {
        let template = &level_guide(level)
            .section(SectionKind::Experience)
            .unwrap()
            .template;
        let lines: Vec<_> = template.lines().collect();
        assert_eq!(lines[0], "### [Job Title] — [Company]", "{level}");
        assert_eq!(lines[1], "*[Month Year] – Present*", "{level}");
        let bullets = &lines[2..];
        assert!((2..=3).contains(&bullets.len()), "{level}: {template}");
        for bullet in bullets {
            assert!(bullet.starts_with("- ["), "{level}: {bullet}");
        }
        // At least one bullet asks for a verb and one for a number.
        assert!(
            bullets.iter().any(|b| b.contains("[Action verb]")),
            "{level}"
        );
        assert!(bullets.iter().any(|b| b.contains("number")), "{level}");
    }
}

#[test]
fn starter_resume_holds_the_recommended_sections_with_their_templates() {
    for level in Level::ALL {
        let resume = starter_resume(level);
        assert_eq!(resume.level, level);
        let kinds: Vec<_> = resume.sections().iter().map(|s| s.kind).collect();
        assert_eq!(kinds, level.recommended_sections(), "{level}");
        for section in resume.sections() {
            assert!(!section.is_empty(), "{level}: empty {:?}", section.kind);
            let expected = &level_guide(level).section(section.kind).unwrap().template;
            assert_eq!(&section.body, expected);
        }
        let markdown = resume.to_markdown();
        assert!(markdown.starts_with("# [Your Name]\n"), "{level}");
    }
}

#[test]
fn starter_resumes_differ_by_level() {
    let junior = starter_resume(Level::Junior).to_markdown();
    let senior = starter_resume(Level::Senior).to_markdown();
    assert_ne!(junior, senior);
    assert!(senior.contains("## Leadership & Mentoring"));
    assert!(!junior.contains("## Leadership & Mentoring"));
}
