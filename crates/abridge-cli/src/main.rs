//! The `abridge` binary: parse the arguments, run the library over every
//! input, map the outcome to an exit status. No algorithm lives here.

mod args;
mod eval;
mod html;
mod idf;
mod input;
mod languages;
mod progress;
mod run;
mod shell;
mod walk;

use clap::Parser;
use std::process::ExitCode;

// The pipeline makes many small, short-lived allocations per document
// (tokens, vectors, candidates); with the system allocator a fifth of a
// batch run went to malloc and free. Its `no_thp` feature keeps it off
// transparent huge pages, which made a one-article run fault in 8 MB more.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = args::Args::parse();
    let threads = match &args.command {
        Some(args::Command::Eval(eval)) => eval.threads(),
        Some(_) => None,
        None => args.threads,
    };
    if let Some(threads) = threads.filter(|&t| t > 0) {
        // Only fails if a pool already exists, which cannot happen this early.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build_global();
    }
    let outcome = match &args.command {
        Some(args::Command::Eval(eval)) => eval::run(eval),
        Some(args::Command::Completions { shell }) => {
            shell::completions(*shell, &mut shell::stdout()).map(|()| true)
        }
        Some(args::Command::Man) => shell::man(&mut shell::stdout()).map(|()| true),
        Some(args::Command::Idf(command)) => idf::run(command),
        Some(args::Command::Languages) => languages::print(&mut shell::stdout()).map(|()| true),
        None => run::run(&args),
    };
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("abridge: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// A closed pipe (`abridge big.txt | head -1`) is the reader's choice, not an
/// error: end quietly, as `cat` does.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
