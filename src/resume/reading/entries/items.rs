//! List items inside an entries section: a dated item that titles an
//! entry, a project named by its item, `**Label:** value` items.

use super::*;

impl Reader<'_> {
    pub(super) fn list_item(&mut self, item: &Item) {
        let text = item.text();
        let dated_title = item.lines.len() <= 2
            && words(&text) <= 16
            && dates::find(&text).is_some()
            && self.kind != SectionKind::Summary
            && (!item.children.is_empty() || self.kind != SectionKind::Projects);
        if dated_title && let Some(first) = item.lines.first() {
            // "- Engineer, Acme (2019 – 2021)": a one-line role.
            self.start(first, item.range.clone());
            for line in &item.lines[1..] {
                self.meta(line);
            }
            self.out.not_achievements.push(item.own_range());
            let mut children = item.children.iter();
            // "* 2023 - Present: Role" with the company as its first sub-item.
            if let Some(entry) = self.current.as_mut()
                && entry.organisation.is_none()
                && let Some(first) = item.children.first()
                && words(&first.text()) <= 6
                && !first.text().ends_with('.')
                && let Some(line) = first.lines.first()
            {
                entry.organisation = Some(line.whole());
                self.out.not_achievements.push(first.own_range());
                children.next();
            }
            let bullets: Vec<Bullet> = children.map(bullet).collect();
            if let Some(entry) = self.current.as_mut() {
                entry.bullets.extend(bullets);
            }
            self.fresh = false;
            return;
        }
        if self.project_item(item) {
            return;
        }
        if self.labelled_item(item) {
            return;
        }
        let b = bullet(item);
        if self.sub_label.is_some_and(|(_, skills)| skills) {
            self.out.not_achievements.push(item.range.clone());
            if let Some(entry) = self.current.as_mut() {
                entry
                    .labelled
                    .push(("Technologies".into(), Field::new(b.text, item.own_range())));
                entry.range.end = entry.range.end.max(item.range.end);
            }
            return;
        }
        match self.current.as_mut() {
            Some(entry) => {
                entry.range.end = entry.range.end.max(item.range.end);
                entry.bullets.push(b);
            }
            None => self.out.bullets.push(b),
        }
    }

    /// "- **ledgerlint**: a linter for ledgers": in a Projects section, an
    /// item led by a bold name is a project of its own — unless it sits
    /// under a project titled otherwise, where it is a labelled bullet.
    pub(super) fn project_item(&mut self, item: &Item) -> bool {
        if self.kind != SectionKind::Projects || (self.current.is_some() && !self.item_entry) {
            return false;
        }
        let Some(first) = item.lines.first() else {
            return false;
        };
        let lead = first.text.len() - first.text.trim_start().len();
        let Some(name) = first.strong.iter().find(|s| s.start == lead) else {
            return false;
        };
        if words(&first.text[name.clone()]) > 6 {
            return false;
        }
        self.start(first, item.range.clone());
        self.item_entry = true;
        self.fresh = false;
        self.out.not_achievements.push(item.own_range());
        let bullets: Vec<Bullet> = item.children.iter().map(bullet).collect();
        if let Some(entry) = self.current.as_mut() {
            for line in &item.lines[1..] {
                entry.description.push(line.whole());
            }
            entry.bullets.extend(bullets);
        }
        true
    }

    /// "- **Company**: Personio", "- **Role:** Engineer": an item that
    /// gives a part of the current entry rather than an achievement.
    pub(super) fn labelled_item(&mut self, item: &Item) -> bool {
        let Some(line) = item.lines.first().filter(|_| item.children.is_empty()) else {
            return false;
        };
        let Some((label, from)) = line.label(false) else {
            return false;
        };
        let Some(entry) = self.current.as_mut() else {
            return false;
        };
        let value = line.field(from..line.text.len());
        let slot = match label.to_lowercase().as_str() {
            "company" | "employer" | "firma" | "unternehmen" | "arbeitgeber" | "empresa"
            | "entreprise" | "organisation" | "organization" | "client" | "school"
            | "university" | "institution" | "hochschule" | "universität" => {
                &mut entry.organisation
            }
            "role" | "position" | "title" | "rolle" | "poste" | "cargo" | "degree"
            | "abschluss" => &mut entry.role,
            "location" | "ort" | "city" | "lieu" | "ubicación" => &mut entry.location,
            "dates" | "duration" | "period" | "zeitraum" | "date" => {
                if let Some(span) = dates::parse(&value.text)
                    && entry.start.is_none()
                {
                    set_dates(entry, span, value);
                    self.out.not_achievements.push(item.own_range());
                    return true;
                }
                return false;
            }
            _ => return false,
        };
        if slot.is_some() {
            return false;
        }
        *slot = Some(value);
        entry.range.end = entry.range.end.max(item.range.end);
        self.out.not_achievements.push(item.own_range());
        true
    }
}
