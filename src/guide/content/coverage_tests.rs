//! The guide must carry every piece of the level advice it is based on, in
//! its own words. These tests check the topics and figures per level, and
//! that no distinctive phrasing from the source material was copied.

use super::*;

/// Everything a level guide says, lower-cased, as one searchable text.
fn level_text(level: Level) -> String {
    let guide = level_guide(level);
    let mut text = format!("{}\n{}\n", guide.title, guide.overview);
    for section in &guide.sections {
        text.push_str(&section_text(section));
    }
    text.to_lowercase()
}

fn section_text(section: &SectionGuide) -> String {
    let mut text = format!("{}\n{}\n", section.purpose, section.template);
    for line in section.tips.iter().chain(&section.examples) {
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// Panics listing every topic (a keyword, or alternatives joined by `|`)
/// the level's guide does not mention.
fn assert_covers(level: Level, topics: &[&str]) {
    let text = level_text(level);
    let missing: Vec<_> = topics
        .iter()
        .filter(|topic| {
            !topic
                .split('|')
                .any(|word| text.contains(&word.to_lowercase()))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "{level} guide never mentions {missing:?}"
    );
}

/// Asserts a topic is mentioned in a given section's guide, where the
/// advice belongs, not just somewhere in the level.
fn assert_section_covers(level: Level, kind: SectionKind, topics: &[&str]) {
    let section = level_guide(level).section(kind).unwrap();
    let text = section_text(section).to_lowercase();
    for topic in topics {
        assert!(
            topic.split('|').any(|word| text.contains(word)),
            "{level}/{} never mentions {topic}",
            kind.id()
        );
    }
}

#[test]
fn junior_guide_covers_the_fundamentals() {
    assert_covers(
        Level::Junior,
        &[
            "Python",
            "Java",
            "Node.js",
            "Data Structures",
            "Algorithms",
            "Database Management",
            "SQL",
            "NoSQL",
            "REST",
            "consuming",
            "HTTP",
            "JSON",
            "GitHub",
            "Git history",
            "debug",
            "Postman",
            "Docker",
            "JIRA",
            "5 normalized",
        ],
    );
    assert_section_covers(Level::Junior, SectionKind::Summary, &["primary language"]);
    assert_section_covers(
        Level::Junior,
        SectionKind::Skills,
        &["data structures, algorithms and database management"],
    );
    assert_section_covers(
        Level::Junior,
        SectionKind::Projects,
        &["problem", "stack", "your own part", "number"],
    );
}

#[test]
fn mid_guide_covers_impact_cloud_testing_and_design() {
    assert_covers(
        Level::Mid,
        &[
            "years of experience",
            "6 years",
            "50%",
            "p99",
            "800 ms",
            "200 ms",
            "5x",
            "concurrent",
            "latency",
            "microservice",
            "CRUD",
            "performance tuning",
            "AWS",
            "GCP",
            "Azure",
            "Docker",
            "Kubernetes",
            "automated",
            "integration test",
            "CI/CD",
            "schema",
            "API contract",
            "front end|front-end",
            "DevOps",
            "product",
        ],
    );
    assert_section_covers(
        Level::Mid,
        SectionKind::Summary,
        &["years", "stack", "achievement"],
    );
    assert_section_covers(
        Level::Mid,
        SectionKind::Experience,
        &[
            "metric",
            "beyond crud",
            "schema",
            "api contract",
            "ci/cd",
            "devops",
        ],
    );
}

#[test]
fn senior_guide_covers_architecture_leadership_and_outcomes() {
    assert_covers(
        Level::Senior,
        &[
            "strategic",
            "distributed",
            "secure",
            "resilien",
            "technology selection",
            "technical vision",
            "cost",
            "$1.5M",
            "uptime",
            "time-to-market",
            "mentor",
            "5 to 15",
            "code review",
            "security",
            "vulnerab",
            "scale",
            "15 years",
            "event-driven",
            "talk",
            "patent",
            "open source|open-source",
        ],
    );
    assert_section_covers(
        Level::Senior,
        SectionKind::Summary,
        &["strategic technical leader", "leadership"],
    );
    assert_section_covers(
        Level::Senior,
        SectionKind::Architecture,
        &["technology selection", "vulnerability assessment", "scale"],
    );
    assert_section_covers(
        Level::Senior,
        SectionKind::Leadership,
        &["mentor", "code review", "junior, mid, senior"],
    );
    assert_section_covers(
        Level::Senior,
        SectionKind::Recognition,
        &["talk", "patent", "open source"],
    );
}

/// Distinctive passages of the source material. The guide carries their
/// facts and figures, never their wording.
const SOURCE_PASSAGES: [&str; 12] = [
    "recruiters want to see a solid grasp of server-side fundamentals and a passion for building things",
    "Experience building and consuming simple RESTful services is a key requirement",
    "It shows your proficiency with Git and provides a window into your debugging techniques",
    "For a junior or intern resume, your projects section is the most critical",
    "Designed a database schema with 5 normalized tables to store user data",
    "Mentioning tools like Postman, Docker, and JIRA shows you're familiar with a professional development environment",
    "Proven ability to improve API performance by 50% through database optimization and caching strategies",
    "Scaled the system to handle a 5x increase in concurrent users",
    "Designed the database schema and API contract for a new billing service",
    "Led a platform migration that resulted in a $1.5M annual reduction in operational costs",
    "Grew the backend engineering team from 5 to 15 and established our formal code review process",
    "Give prominence to conference talks, patents, or significant contributions to open-source projects",
];

/// Lower-cased words with punctuation dropped, so a copy cannot hide behind
/// a changed comma or capital.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '$' || c == '%'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn contains_run(haystack: &[String], needle: &[String]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[test]
fn no_source_passage_is_copied() {
    const RUN: usize = 8;
    let mut texts: Vec<String> = Level::ALL.iter().map(|&l| level_text(l)).collect();
    texts.push(section_text(custom_section_guide()));
    let texts: Vec<Vec<String>> = texts.iter().map(|t| words(t)).collect();
    for passage in SOURCE_PASSAGES {
        let passage_words = words(passage);
        assert!(passage_words.len() >= RUN, "passage too short: {passage}");
        for run in passage_words.windows(RUN) {
            for text in &texts {
                assert!(
                    !contains_run(text, run),
                    "copied wording: {}",
                    run.join(" ")
                );
            }
        }
    }
}

#[test]
fn the_copy_check_can_catch_a_copy() {
    let copied = words("Intro. Led a platform migration that resulted in a $1.5M annual cut.");
    let passage = words(SOURCE_PASSAGES[9]);
    assert!(passage.windows(8).any(|run| contains_run(&copied, run)));
}
