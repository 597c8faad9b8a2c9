//! The small Typst `World` a resume is typeset in: one template, one JSON
//! data file, and the fonts built into the binary. It reads no file, asks
//! no network and loads no package, so a PDF comes out the same on every
//! machine.

use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, Source, VirtualPath};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The template, fed by `/data.json`.
const TEMPLATE: &str = include_str!("../../../assets/typst/resume.typ");

/// Libertinus Serif (SIL Open Font License, `assets/fonts/OFL.txt`): the
/// template sets only regular and bold, so only those are built in.
const FONT_FILES: [&[u8]; 2] = [
    include_bytes!("../../../assets/fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("../../../assets/fonts/LibertinusSerif-Bold.otf"),
];

/// The path the template reads its data from.
const DATA_PATH: &str = "/data.json";

/// What every typesetting shares: building the standard library and
/// reading the fonts costs milliseconds, so it happens once per process.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let fonts: Vec<Font> = FONT_FILES
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        Shared {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

/// One typesetting: the template and the data it reads.
pub struct ResumeWorld {
    main: Source,
    data_id: FileId,
    data: Bytes,
}

impl ResumeWorld {
    pub fn new(data_json: Vec<u8>) -> Self {
        let main_id = FileId::new(None, VirtualPath::new("/resume.typ"));
        ResumeWorld {
            main: Source::new(main_id, TEMPLATE.to_string()),
            data_id: FileId::new(None, VirtualPath::new(DATA_PATH)),
            data: Bytes::new(data_json),
        }
    }
}

impl World for ResumeWorld {
    fn library(&self) -> &LazyHash<Library> {
        &shared().library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &shared().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotFound(id.vpath().as_rootless_path().into()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else {
            Err(FileError::NotFound(id.vpath().as_rootless_path().into()))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        shared().fonts.get(index).cloned()
    }

    /// A resume shows no date of its own; a fixed day keeps the output
    /// reproducible should a template ever ask.
    fn today(&self, _offset: Option<i64>) -> Option<Datetime> {
        Datetime::from_ymd(2000, 1, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_font_loads() {
        assert_eq!(shared().fonts.len(), FONT_FILES.len());
        assert!(
            shared()
                .fonts
                .iter()
                .all(|f| f.info().family == "Libertinus Serif")
        );
    }

    #[test]
    fn only_the_data_file_can_be_read() {
        let world = ResumeWorld::new(b"{}".to_vec());
        let data = FileId::new(None, VirtualPath::new(DATA_PATH));
        assert!(world.file(data).is_ok());
        let other = FileId::new(None, VirtualPath::new("/etc/passwd"));
        assert!(world.file(other).is_err());
        assert!(world.source(other).is_err());
    }
}
