//! Closed vocabularies (level, domain, mode…): each value has a stable code used in
//! JSON and URLs, and a label in both languages.

/// What every closed vocabulary can do, so a search facet can list, parse and name its
/// values without knowing which vocabulary it is.
pub trait Coded: Copy + PartialEq + Ord + Send + Sync + 'static {
    /// Every value, in display order.
    const ALL: &'static [Self];
    fn code(self) -> &'static str;
    fn from_code(code: &str) -> Option<Self>;
    fn label(self, lang: crate::Lang) -> &'static str;
}

/// Declares an enum whose values serialise as their code.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal, $fr:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            pub fn label(self, lang: $crate::Lang) -> &'static str {
                match (self, lang) {
                    $(($name::$variant, $crate::Lang::Fr) => $fr,
                      ($name::$variant, $crate::Lang::En) => $en,)+
                }
            }

            /// Position in `ALL`, used as a bit index by the search engine.
            pub fn bit(self) -> u32 {
                1 << (self as u32)
            }
        }

        impl $crate::facet_search::Coded for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn code(self) -> &'static str {
                $name::code(self)
            }
            fn from_code(code: &str) -> Option<$name> {
                $name::from_code(code)
            }
            fn label(self, lang: $crate::Lang) -> &'static str {
                $name::label(self, lang)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let code = String::deserialize(d)?;
                $name::from_code(&code).ok_or_else(|| {
                    serde::de::Error::custom(format!(concat!("unknown ", stringify!($name), " `{}`"), code))
                })
            }
        }
    };
}

pub(crate) use coded_enum;
