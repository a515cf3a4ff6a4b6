use std::net::IpAddr;
use std::path::PathBuf;

use sonder::diagnostics::Diagnostic;
use sonder::serve::{self, ServeOptions};

use super::{course_root, fail, use_color};

#[derive(clap::Args)]
pub struct ServeArgs {
    /// The course folder (default: the nearest folder at or above the current one holding course.toml)
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Address to listen on; anything but a loopback address makes the preview reachable from other machines
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// Port to listen on; 0 picks a free one (the address is printed)
    #[arg(long, short, default_value_t = 1111)]
    pub port: u16,
    /// Serve the site under this path, to check hosting under a sub-path
    #[arg(long, value_name = "PATH", default_value = "/")]
    pub base_path: String,
    /// Open the site in the default browser
    #[arg(long)]
    pub open: bool,
    /// Print per-rebuild timings by stage
    #[arg(long, short)]
    pub verbose: bool,
    /// Print only errors and warnings (and the address)
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: ServeArgs) -> Result<(), u8> {
    let root = course_root(&args.root)?;
    let base_path = serve::normalize_base_path(&args.base_path).map_err(|e| fail(Diagnostic::error(e)))?;
    let opts = ServeOptions {
        root,
        bind: args.bind,
        port: args.port,
        base_path,
        open: args.open,
        verbose: args.verbose,
        quiet: args.quiet,
        color: use_color(),
    };
    serve::run(opts).map_err(|e| fail(Diagnostic::error(e)))
}
