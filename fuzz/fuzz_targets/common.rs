//! What every page target does: decode the bytes as the pipeline does, read them in one
//! format and normalize the result into table rows. Nothing may panic, hang or run away
//! with memory on any input.

use interview_pipeline::normalize::page::{page_rows, FileContext, NormalizeOptions};
use interview_pipeline::sources::{self, Format};

pub fn page(format: Format, data: &[u8]) {
    let Ok(decoded) = sources::decode::decode(data) else {
        return;
    };
    let opts = NormalizeOptions::with_key([7; 32]);
    let ctx = FileContext {
        rel_path: "fuzz/page".to_string(),
        format: format.as_str(),
    };
    let page = sources::extract(format, &decoded.text);
    let _ = page_rows(page, &ctx, &decoded.text, &opts);
}
