//! abridge for Python: the crate behind `import abridge` (PyO3, built by
//! maturin; `pip install ./python` from a clone).
//!
//! Two rooms: [`core`] holds the logic in plain Rust (options by name into a
//! library `Config`, Python string offsets, one run that cannot unwind, many
//! runs on threads in input order) and is tested by `cargo test` like any
//! crate; `bindings` turns Python values into those and the results into
//! Python classes. `bindings` needs PyO3 and so exists only with the
//! `python` feature, which maturin turns on (with `extension-module`, which
//! leaves libpython unlinked as an extension module must); without it the
//! crate has no Python in it, so `cargo test --workspace` links and runs
//! anywhere. This crate only translates: every result comes from the
//! `abridge` library, and the JSON from its `output::json` writer.
#![forbid(unsafe_code)]

#[cfg(feature = "python")]
mod bindings;
pub mod core;
