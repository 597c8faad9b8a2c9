//! The lines under a fresh entry title: dates, role, company, place,
//! score and technologies.

use super::*;

impl Reader<'_> {
    /// Reads a line under a fresh title: dates, role, place. False when the
    /// line is none of those (it is then description).
    pub(super) fn meta(&mut self, line: &Line) -> bool {
        let mut carried_org = self.carried_org;
        let Some(entry) = self.current.as_mut() else {
            return false;
        };
        let found = dates::find(&line.text);
        let short = words(&line.text) <= 10 && !line.text.trim_end().ends_with('.');
        // "[Month Year] – Present": dates not filled in yet, kept as written.
        let lower = line.text.to_lowercase();
        if found.is_none()
            && short
            && entry.dates_text.is_none()
            && ["– present", "- present", "— present", "– now", "- now"]
                .iter()
                .any(|p| lower.trim_end().ends_with(p))
        {
            entry.dates_text = Some(line.whole());
            entry.range.end = entry.range.end.max(line.range().end);
            return true;
        }
        if found.is_none()
            && !(short
                && (line.all_styled()
                    || entry.role.is_none()
                    || entry.organisation.is_none()
                    || carried_org))
        {
            return false;
        }
        if let Some((label, from)) = line.label(false) {
            // "**Duration:** March 2022 - Present"
            let value = line.tail(from);
            let dated_label = [
                "duration", "dates", "date", "period", "zeitraum", "période", "periodo", "período",
                "when",
            ]
            .contains(&label.to_lowercase().as_str());
            match (dated_label, dates::parse(&value.text)) {
                (true, Some(span)) if entry.start.is_none() && entry.end.is_none() => {
                    set_dates(entry, span, value.whole());
                    entry.range.end = entry.range.end.max(line.range().end);
                    return true;
                }
                _ => return false,
            }
        }
        let dated = found.is_some();
        let mut rest = line.clone();
        if let Some((span, span_dates)) = found {
            if entry.start.is_some() || entry.end.is_some() {
                return false;
            }
            set_dates(entry, span_dates, line.field(span.clone()));
            rest = cut(line, span);
        }
        // "University of Texas at Austin" is one name.
        // The school's name may hold commas, the degree too ("BSc, Computer
        // Science; University of Waterloo"): split at the stronger marks.
        let separators: Vec<&str> = if self.kind == SectionKind::Education {
            EDUCATION_SEPARATORS
                .iter()
                .copied()
                .filter(|s| *s != ", ")
                .collect()
        } else {
            without_loose_at(META_SEPARATORS, &rest.text)
        };
        let pieces: Vec<Field> = rest
            .split(&separators)
            .into_iter()
            .map(|r| strip_brackets(rest.field(r)))
            .filter(|f| f.text.chars().any(char::is_alphanumeric))
            .collect();
        // "2024-09 – 2025-05 · Next.js · PostgreSQL · Prisma": the tools used.
        if dated && is_keyword_list(&rest.text, &pieces, self.kind) {
            let range = pieces[0].range.start..pieces[pieces.len() - 1].range.end;
            let joined: Vec<&str> = pieces.iter().map(|p| p.text.as_str()).collect();
            entry.labelled.push((
                "Technologies".to_string(),
                Field::new(joined.join(", "), range),
            ));
            entry.range.end = entry.range.end.max(line.range().end);
            return true;
        }
        // "Bol, Utrecht | 2023-09 - Heden" under a role heading: the one
        // piece beside the dates is the company and its town.
        let company_and_town = dated
            && pieces.len() == 1
            && entry.role.is_some()
            && entry.organisation.is_none()
            && self.kind == SectionKind::Experience;
        for piece in pieces {
            // "Score: 3.81/4.0", "GPA: 3.9": a labelled value, not a place.
            if let Some((label, value)) = piece_label(&piece) {
                entry.labelled.push((label, value));
                continue;
            }
            let education = self.kind == SectionKind::Education;
            // "Elastic, Seattle, WA": a company and its place.
            if entry.organisation.is_none()
                && !is_role_like(&piece.text)
                && let Some((org, place)) = piece.text.split_once(", ")
                && (looks_like_place(place) || (company_and_town && is_town(place)))
                && !(education && is_degree_like(org))
            {
                let org_len = org.len();
                entry.organisation = Some(Field::new(
                    org,
                    piece.range.start..(piece.range.start + org_len).min(piece.range.end),
                ));
                if entry.location.is_none() {
                    let at = (piece.range.start + org_len + 2).min(piece.range.end);
                    entry.location = Some(Field::new(place, at..piece.range.end));
                }
                continue;
            }
            if entry.role.is_none()
                && (is_role_like(&piece.text) || (education && is_degree_like(&piece.text)))
            {
                entry.role = Some(piece);
            } else if entry.location.is_none() && looks_like_place(&piece.text) {
                entry.location = Some(piece);
            } else if (entry.organisation.is_none() || carried_org) && !is_role_like(&piece.text) {
                // "Wealthsimple (Toronto)": the company and its town.
                match place_in_brackets(&piece) {
                    Some((org, place)) if entry.location.is_none() => {
                        entry.organisation = Some(org);
                        entry.location = Some(place);
                    }
                    _ => entry.organisation = Some(piece),
                }
                // The entry's own company is read: later pieces are others.
                carried_org = false;
            } else if entry.role.is_none() {
                entry.role = Some(piece);
            } else if entry.location.is_none() {
                entry.location = Some(piece);
            } else {
                entry.description.push(piece);
            }
        }
        entry.range.end = entry.range.end.max(line.range().end);
        self.carried_org = carried_org;
        true
    }
}
