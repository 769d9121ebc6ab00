//! Named choices: the enums that the command line, JSON and messages show by
//! name (methods, orders, similarities, formats, languages).
//!
//! Each such enum implements [`Choice`] once, here in the library, so that a
//! front end (the CLI, the Python module) lists, describes and parses them
//! without a copy of its own. This module knows no stage.

/// An enum whose values have names: every value, its name and a one-line
/// description.
///
/// ```
/// use abridge::{Choice, Order};
///
/// assert_eq!(Order::from_name("score"), Some(Order::Score));
/// assert!(Order::ALL.iter().all(|o| !o.description().is_empty()));
/// ```
pub trait Choice: Copy + Sized + 'static {
    /// Every value, in the order a list shows them.
    const ALL: &'static [Self];

    /// The value's name, lowercase, as the command line and JSON spell it.
    fn name(self) -> &'static str;

    /// One line that says what the value does.
    fn description(self) -> &'static str;

    /// The value named `name`, ignoring case and surrounding white space.
    fn from_name(name: &str) -> Option<Self> {
        let name = name.trim();
        Self::ALL
            .iter()
            .copied()
            .find(|value| value.name().eq_ignore_ascii_case(name))
    }

    /// Every name, in the order of [`Choice::ALL`].
    fn names() -> Vec<&'static str> {
        Self::ALL.iter().map(|value| value.name()).collect()
    }
}
