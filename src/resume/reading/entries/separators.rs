//! The marks that split an entry's title and the lines under it into
//! parts, per kind of section.

/// Three spaces or a tab: the gap between columns of a plain-text resume
/// ("Glovo            Barcelona, España").
pub(super) const COLUMN_GAP: [&str; 2] = ["   ", "\t"];

/// Between the parts of a title.
pub(super) const TITLE_SEPARATORS: &[&str] = &[
    COLUMN_GAP[0],
    COLUMN_GAP[1],
    " — ",
    " – ",
    " | ",
    " - ",
    " -- ",
    " @ ",
    " at ",
    " chez ",
    " bei ",
    " en ",
    " · ",
    " • ",
    ", ",
    " ⋅ ",
    " / ",
];

/// Between the pieces of a line under a title (a comma may sit inside a place).
pub(super) const META_SEPARATORS: &[&str] = &[
    COLUMN_GAP[0],
    COLUMN_GAP[1],
    " — ",
    " – ",
    " | ",
    " - ",
    " -- ",
    " @ ",
    " at ",
    " · ",
    " • ",
    " ⋅ ",
    " / ",
];

/// Between the degree and the school: no "at" ("University of Texas at
/// Austin") and no "en" ("Grado en Ingeniería").
pub(super) const EDUCATION_SEPARATORS: &[&str] = &[
    COLUMN_GAP[0],
    COLUMN_GAP[1],
    " — ",
    " – ",
    " | ",
    " - ",
    " -- ",
    " · ",
    " • ",
    "; ",
    ", ",
];

/// Between a project's name and what follows it.
pub(super) const PROJECT_SEPARATORS: &[&str] = &[
    COLUMN_GAP[0],
    COLUMN_GAP[1],
    " — ",
    " – ",
    " | ",
    " - ",
    " -- ",
    " · ",
    " • ",
    ": ",
];
