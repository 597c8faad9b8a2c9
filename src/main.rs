use std::process::ExitCode;

fn main() -> ExitCode {
    resumd::cli::main()
}
