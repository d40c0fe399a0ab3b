//! The `seeds` command: parses arguments, runs, maps errors to exit codes.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
