//! Integration tests: each runs the built binary in a fresh temporary folder.

mod util;

mod bundled;
mod cli;
mod clustering;
mod crash;
mod data_checks;
mod dataset_export;
mod exports;
mod generated;
mod hostile;
mod html;
mod incremental;
mod outputs;
mod properties;
mod readme;
mod seed;
#[cfg(feature = "semantic")]
mod semantic;
