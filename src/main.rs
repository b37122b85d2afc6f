use clap::Parser;
use interview_pipeline::cli::Cli;
use interview_pipeline::cmd::{self, ExitCode};

// An ingest allocates and frees millions of small strings from several threads; mimalloc
// does that faster than the system allocator and returns memory across threads (measured on
// the 20,000-page corpus in docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = Cli::parse();
    let code = match cmd::dispatch(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                ExitCode::Clean
            } else {
                eprintln!("error: {err:#}");
                ExitCode::Fatal
            }
        }
    };
    std::process::exit(code as i32);
}

/// A reader that closed our stdout early (`| head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
