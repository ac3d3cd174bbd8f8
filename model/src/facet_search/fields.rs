//! The value types a facet's field may have, each with its kind: how it reads its
//! parameter, toggles, and writes itself back into a link.

use super::{
    params::{flip, join_codes, join_text, parse_codes, parse_flag, parse_slugs},
    Coded, FacetKind, QueryIssue, YEAR_MAX, YEAR_MIN,
};
use crate::{Date, Lang};

/// The value type of one facet's field; its kind follows from the type.
pub trait FacetField: Default {
    const KIND: FacetKind;
    /// Reads one parameter's value; `unknown` is the reason given for an unknown code.
    fn parse(
        &mut self,
        key: &str,
        value: &str,
        unknown: &'static str,
        issues: &mut Vec<QueryIssue>,
    );
    /// Selects `value` if it is not selected, or unselects it (a bound is cleared).
    fn toggle(&mut self, value: &str);
    /// The canonical value; empty when unset.
    fn encode(&self) -> String;
    fn is_set(&self) -> bool;
    /// The selected values as their codes, in selection order.
    fn selected(&self) -> Vec<String>;
    /// A closed vocabulary's values: `(code, label)` in display order.
    fn choices(_lang: Lang) -> Vec<(&'static str, &'static str)> {
        Vec::new()
    }
}

impl<T: Coded> FacetField for Vec<T> {
    const KIND: FacetKind = FacetKind::ManyOf;
    fn parse(
        &mut self,
        key: &str,
        value: &str,
        unknown: &'static str,
        issues: &mut Vec<QueryIssue>,
    ) {
        parse_codes(key, value, T::from_code, self, issues, unknown);
    }
    fn toggle(&mut self, value: &str) {
        flip(self, T::from_code(value));
    }
    fn encode(&self) -> String {
        join_codes(self, T::code)
    }
    fn is_set(&self) -> bool {
        !self.is_empty()
    }
    fn selected(&self) -> Vec<String> {
        self.iter().map(|v| v.code().to_owned()).collect()
    }
    fn choices(lang: Lang) -> Vec<(&'static str, &'static str)> {
        T::ALL.iter().map(|v| (v.code(), v.label(lang))).collect()
    }
}

impl FacetField for Vec<String> {
    const KIND: FacetKind = FacetKind::AnyOf;
    fn parse(&mut self, key: &str, value: &str, _: &'static str, issues: &mut Vec<QueryIssue>) {
        parse_slugs(key, value, self, issues);
    }
    fn toggle(&mut self, value: &str) {
        flip(self, Some(value.to_owned()));
    }
    fn encode(&self) -> String {
        join_text(self)
    }
    fn is_set(&self) -> bool {
        !self.is_empty()
    }
    fn selected(&self) -> Vec<String> {
        self.clone()
    }
}

impl FacetField for bool {
    const KIND: FacetKind = FacetKind::Toggle;
    fn parse(&mut self, key: &str, value: &str, _: &'static str, issues: &mut Vec<QueryIssue>) {
        parse_flag(key, value, self, issues);
    }
    fn toggle(&mut self, _: &str) {
        *self = !*self;
    }
    fn encode(&self) -> String {
        if *self {
            "1".to_owned()
        } else {
            String::new()
        }
    }
    fn is_set(&self) -> bool {
        *self
    }
    fn selected(&self) -> Vec<String> {
        if *self {
            vec!["1".to_owned()]
        } else {
            Vec::new()
        }
    }
}

impl FacetField for Option<u16> {
    const KIND: FacetKind = FacetKind::Year;
    fn parse(&mut self, key: &str, value: &str, _: &'static str, issues: &mut Vec<QueryIssue>) {
        match value.trim() {
            "" => *self = None,
            v => match v.parse::<u16>() {
                Ok(year) if (YEAR_MIN..=YEAR_MAX).contains(&year) => *self = Some(year),
                _ => issues.push(QueryIssue::new(key, value, "expected a year such as 2021")),
            },
        }
    }
    fn toggle(&mut self, _: &str) {
        *self = None;
    }
    fn encode(&self) -> String {
        self.map(|year| year.to_string()).unwrap_or_default()
    }
    fn is_set(&self) -> bool {
        self.is_some()
    }
    fn selected(&self) -> Vec<String> {
        self.iter().map(u16::to_string).collect()
    }
}

impl FacetField for Option<Date> {
    const KIND: FacetKind = FacetKind::Date;
    fn parse(&mut self, key: &str, value: &str, _: &'static str, issues: &mut Vec<QueryIssue>) {
        match value.trim() {
            "" => *self = None,
            v => match v.parse::<Date>() {
                Ok(date) if (YEAR_MIN..=YEAR_MAX).contains(&(date.year as u16)) => {
                    *self = Some(date)
                }
                _ => issues.push(QueryIssue::new(
                    key,
                    value,
                    "expected a date such as 2026-12-10",
                )),
            },
        }
    }
    fn toggle(&mut self, _: &str) {
        *self = None;
    }
    fn encode(&self) -> String {
        self.map(|date| date.to_string()).unwrap_or_default()
    }
    fn is_set(&self) -> bool {
        self.is_some()
    }
    fn selected(&self) -> Vec<String> {
        self.iter().map(Date::to_string).collect()
    }
}
