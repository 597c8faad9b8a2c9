//! Entries in less common layouts: space-aligned columns, HTML blocks,
//! pictures beside the title.

use super::tests::{entries, job, jobs};
use super::*;

fn text(field: &Option<Field>) -> &str {
    field.as_ref().map_or("", |f| f.text.as_str())
}

#[test]
fn space_aligned_columns_split_like_separators() {
    assert_eq!(
        jobs(
            "Glovo                       Barcelona, España\n\
             Desarrollador Backend       Ene 2021 - Presente\n"
        ),
        [job("Desarrollador Backend", "Glovo", "2021-01", "present")]
    );
    let read = entries(
        SectionKind::Education,
        "Universitat Politècnica de Catalunya\tBarcelona, España\n\
         Grado en Ingeniería Informática        2012 - 2016\n",
    );
    let school = &read.entries[0];
    assert_eq!(
        text(&school.organisation),
        "Universitat Politècnica de Catalunya"
    );
    assert_eq!(text(&school.location), "Barcelona, España");
    assert_eq!(text(&school.role), "Grado en Ingeniería Informática");
    assert_eq!(school.end.unwrap().id(), "2016");
}
