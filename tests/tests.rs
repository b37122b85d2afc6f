//! Integration tests: each runs the built binary in a fresh temporary folder.

mod util;

mod bundled;
mod cli;
mod html;
mod outputs;
mod seed;
