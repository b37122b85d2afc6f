//! interview-pipeline: raw interview-experience pages → clean tables → analytics reports.
//!
//! The modules follow the data: `sources` read each dump format into raw records,
//! `normalize` maps them onto the vocabularies of the data contract, `store` writes the
//! processed/ tables, `analytics` aggregates them and `report` draws charts and pages.
//! `cmd` holds one module per subcommand; `cli` is the single registry of commands.

pub mod analytics;
pub mod cli;
pub mod cmd;
pub mod model;
pub mod normalize;
pub mod report;
pub mod sources;
pub mod store;
