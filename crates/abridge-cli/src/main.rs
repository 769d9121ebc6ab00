//! The `abridge` binary: parse the arguments, run the library over every
//! input, map the outcome to an exit status. No algorithm lives here.

mod args;
mod combine;
mod eval;
mod files;
mod idf;
mod input;
mod kind;
mod languages;
mod markdown;
mod progress;
mod run;
mod shell;
mod walk;

use std::process::ExitCode;

// The pipeline makes many small, short-lived allocations per document
// (tokens, vectors, candidates); with the system allocator a fifth of a
// batch run went to malloc and free. Its `no_thp` feature keeps it off
// transparent huge pages, which made a one-article run fault in 8 MB more.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = args::parse();
    let outcome = match &args.command {
        Some(args::Command::Eval(eval)) => eval::run(eval),
        Some(args::Command::Completions { shell }) => {
            shell::completions(*shell, &mut shell::stdout()).map(|()| true)
        }
        Some(args::Command::Man { dir: None }) => shell::man(&mut shell::stdout()).map(|()| true),
        Some(args::Command::Man { dir: Some(dir) }) => shell::man_pages(dir).map(|()| true),
        Some(args::Command::Idf(command)) => idf::run(command),
        Some(args::Command::Languages) => languages::print(&mut shell::stdout()).map(|()| true),
        None => run::run(&args),
    };
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            progress::note(format_args!("abridge: {error:#}"));
            // Output that could not be written is a failed run, not a usage
            // error.
            ExitCode::from(if error.is::<run::StdoutFailed>() {
                1
            } else {
                2
            })
        }
    }
}

/// A closed pipe (`abridge big.txt | head -1`) is the reader's choice, not an
/// error: end quietly, as `cat` does.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    let closed = |e: &std::io::Error| e.kind() == std::io::ErrorKind::BrokenPipe;
    error.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().is_some_and(closed)
            || e.downcast_ref::<run::StdoutFailed>()
                .is_some_and(|e| closed(&e.0))
    })
}
