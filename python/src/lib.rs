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

// The extension allocates with mimalloc, as the command line does: a call makes many small,
// short-lived allocations (tokens, vectors, the summary's strings), which mimalloc serves
// faster than glibc's malloc (measured in docs/performance.md, eleventh round). Only the built
// extension has it (the `extension-module` feature, which maturin turns on): the crate's own
// tests and any Rust crate that depends on it keep their allocator. Only Rust's allocations go
// through it; Python's objects are Python's. mimalloc is built with the local-dynamic TLS model
// (its `local_dynamic_tls` feature, mimalloc's own option for a library loaded by `dlopen`, as
// Python loads an extension): with the default initial-exec model its thread-locals would need
// the loader's small static TLS reserve, which other extensions may have used up, and musl's
// loader refuses such a library outright. `no_thp` as for the command line.
#[cfg(feature = "extension-module")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
