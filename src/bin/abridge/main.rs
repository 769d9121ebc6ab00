//! The `abridge` binary: parse the arguments, run the library over every
//! input, map the outcome to an exit status. No algorithm lives here.

mod args;
mod eval;
mod input;
mod run;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = args::Args::parse();
    let threads = match &args.command {
        Some(args::Command::Eval(eval)) => eval.threads(),
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
