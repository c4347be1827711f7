//! The characters of simplified script's character set, for build.rs.

use std::path::Path;

/// The characters of GB 2312's levels 1 and 2 (rows 16–87): two bytes 0xB0–0xF7 then
/// 0xA1–0xFE, which GBK decodes as GB 2312 does.
pub fn write(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let mut chars = String::new();
    for lead in 0xB0u8..=0xF7 {
        for trail in 0xA1u8..=0xFE {
            let bytes = [lead, trail];
            let (text, _, errors) = encoding_rs::GBK.decode(&bytes);
            let mut it = text.chars();
            if let (false, Some(c), None) = (errors, it.next(), it.next())
                && ('\u{4E00}'..='\u{9FFF}').contains(&c)
            {
                chars.push(c);
            }
        }
    }
    if chars.chars().count() != 6763 {
        return Err(format!(
            "GB 2312 has 6763 characters, decoded {}",
            chars.chars().count()
        )
        .into());
    }
    std::fs::write(out.join("gb2312.txt"), chars)?;
    Ok(())
}
