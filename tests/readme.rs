//! The README is the front door: it must list what the program has.

use clap::CommandFactory;
use resumd::cli::Cli;
use resumd::guide::coach::rule_catalog;

const README: &str = include_str!("../README.md");

#[test]
fn every_coach_rule_is_documented() {
    for rule in rule_catalog() {
        assert!(
            README.contains(&format!("| `{}` |", rule.id)),
            "README's rule table lacks `{}`",
            rule.id
        );
    }
}

#[test]
fn every_subcommand_and_option_is_documented() {
    let cli = Cli::command();
    for sub in cli.get_subcommands() {
        let name = sub.get_name();
        if name == "help" {
            continue;
        }
        assert!(
            README.contains(&format!("resumd {name}")),
            "README lacks `resumd {name}`"
        );
        for arg in sub.get_arguments() {
            if let Some(long) = arg.get_long() {
                if long == "help" {
                    continue;
                }
                let short = arg.get_short().map(|c| format!("-{c} "));
                let documented = README.contains(&format!("--{long}"))
                    || short.is_some_and(|s| README.contains(&s));
                assert!(documented, "README lacks --{long} of {name}");
            }
        }
    }
}

#[test]
fn the_two_commands_are_there() {
    assert!(README.contains("cargo run --release"));
    assert!(README.contains("cargo test"));
}
