//! Saving a resume right away, for headless commands (the editor uses the
//! [`Autosaver`](super::Autosaver) instead).

use super::atomic::write_atomic;
use super::format::{DecodeError, SavedResume, decode, encode};
use super::load::read_if_present;
use super::{StorageError, Store};

impl Store {
    /// Writes resume `name` atomically, keeping the previous version as
    /// `.bak`. Refuses to replace a file written by a newer resumd, which
    /// would lose whatever that version added.
    pub fn save_resume(&self, name: &str, doc: &SavedResume) -> Result<(), StorageError> {
        let path = self.resume_path(name)?;
        self.ensure()?;
        if let Some(existing) = read_if_present(&path)? {
            let newer = match decode(&existing) {
                Ok(decoded) => decoded.newer_format,
                Err(DecodeError::TooNew { format, .. }) => Some(format),
                Err(DecodeError::Damaged(_)) => None,
            };
            if let Some(format) = newer {
                return Err(StorageError::TooNew {
                    path,
                    format,
                    reason: "saving would replace it with an older format".to_string(),
                });
            }
        }
        write_atomic(&path, &encode(doc)).map_err(|e| StorageError::io("save", path, e))
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use proptest::prelude::*;

    use super::*;
    use crate::resume::{Level, Resume, SectionKind};
    use crate::storage::format::Session;

    fn store() -> (tempfile::TempDir, Store) {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::at(tmp.path().join("cfg"));
        (tmp, store)
    }

    #[test]
    fn save_then_load_and_backup_holds_the_previous_version() {
        let (_tmp, store) = store();
        let first = SavedResume {
            resume: Resume::new(Level::Junior),
            session: Session::default(),
        };
        let mut second = first.clone();
        second.resume.set_level(Level::Senior);
        store.save_resume("cv", &first).unwrap();
        store.save_resume("cv", &second).unwrap();
        assert_eq!(store.load_resume("cv").unwrap().doc, second);
        let path = store.resume_path("cv").unwrap();
        let backup = fs::read(path.with_extension("json.bak")).unwrap();
        assert_eq!(backup, encode(&first));
    }

    #[test]
    fn refuses_to_save_over_a_newer_format() {
        let (_tmp, store) = store();
        store.ensure().unwrap();
        let path = store.resume_path("cv").unwrap();
        let newer = br#"{"format": 5, "resume": "something new"}"#;
        fs::write(&path, newer).unwrap();
        let doc = SavedResume {
            resume: Resume::new(Level::Mid),
            session: Session::default(),
        };
        let err = store.save_resume("cv", &doc).unwrap_err();
        assert!(
            matches!(err, StorageError::TooNew { format: 5, .. }),
            "{err}"
        );
        assert_eq!(fs::read(&path).unwrap(), newer);
    }

    /// One edit a user can make through the public API.
    #[derive(Debug, Clone)]
    enum Edit {
        Add(usize, String, String),
        Remove(usize),
        Move(usize, bool),
        Rewrite(usize, String),
        Level(usize),
    }

    fn edit() -> impl Strategy<Value = Edit> {
        prop_oneof![
            (
                0..SectionKind::GUIDED.len() + 1,
                any::<String>(),
                any::<String>()
            )
                .prop_map(|(k, t, b)| Edit::Add(k, t, b)),
            any::<usize>().prop_map(Edit::Remove),
            (any::<usize>(), any::<bool>()).prop_map(|(i, up)| Edit::Move(i, up)),
            (any::<usize>(), any::<String>()).prop_map(|(i, b)| Edit::Rewrite(i, b)),
            (0..Level::ALL.len()).prop_map(Edit::Level),
        ]
    }

    fn apply(resume: &mut Resume, edit: Edit) {
        let pick = |resume: &Resume, i: usize| {
            let sections = resume.sections();
            (!sections.is_empty()).then(|| sections[i % sections.len()].id)
        };
        match edit {
            Edit::Add(kind, title, body) => {
                let kind = SectionKind::GUIDED
                    .get(kind)
                    .copied()
                    .unwrap_or(SectionKind::Custom);
                resume.push_section(kind, &title, &body);
            }
            Edit::Remove(i) => {
                if let Some(id) = pick(resume, i) {
                    resume.remove_section(id);
                }
            }
            Edit::Move(i, up) => {
                if let Some(id) = pick(resume, i) {
                    resume.move_section(id, if up { -1 } else { 1 });
                }
            }
            Edit::Rewrite(i, body) => {
                if let Some(id) = pick(resume, i) {
                    resume.section_mut(id).unwrap().body = body;
                }
            }
            Edit::Level(l) => {
                resume.set_level(Level::ALL[l]);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn any_resume_survives_save_and_load(
            level in 0..Level::ALL.len(),
            edits in proptest::collection::vec(edit(), 0..12),
            pick in any::<usize>(),
            cursor in (0..10_000usize, 0..10_000usize),
            scroll in 0..10_000usize,
        ) {
            let mut resume = Resume::new(Level::ALL[level]);
            for e in edits {
                apply(&mut resume, e);
            }
            let sections = resume.sections();
            let section = (!sections.is_empty()).then(|| sections[pick % sections.len()].id);
            let doc = SavedResume {
                resume,
                session: Session { section, cursor, preview_scroll: scroll, ..Session::default() },
            };
            let (_tmp, store) = store();
            store.save_resume("cv", &doc).unwrap();
            let loaded = store.load_resume("cv").unwrap();
            prop_assert!(loaded.notes.is_empty(), "{:?}", loaded.notes);
            prop_assert!(!loaded.read_only);
            prop_assert_eq!(loaded.doc, doc);
        }
    }
}
