//! The shipped model's bytes, copied once into memory the kernel is asked to back with
//! huge pages.
//!
//! Scoring a character looks up some forty features at random places of a table of
//! twelve megabytes. Read where it lies in the program's image, in pages of 4 KiB, most
//! of those lookups also miss the processor's cache of page addresses; in pages of
//! 2 MiB the whole table takes six entries of it. On the xwlb items the copy makes a
//! whole extraction run about 10% faster; it costs a few milliseconds, once per process.

/// The alignment of a huge page.
const HUGE_PAGE: usize = 2 << 20;

/// `bytes` copied into an anonymous mapping that starts on a huge-page boundary and
/// that the kernel is advised to back with huge pages (a hint: where it does not, the
/// copy is in ordinary pages). The mapping lives as long as the process; `None` when
/// it cannot be made.
pub(crate) fn copied_into_huge_pages(bytes: &[u8]) -> Option<&'static [u8]> {
    let mut map = memmap2::MmapMut::map_anon(bytes.len().checked_add(HUGE_PAGE)?).ok()?;
    #[cfg(target_os = "linux")]
    let _hint_only = map.advise(memmap2::Advice::HugePage);
    // the first huge-page boundary in the mapping
    let start = (HUGE_PAGE - map.as_ptr() as usize % HUGE_PAGE) % HUGE_PAGE;
    map.get_mut(start..start.checked_add(bytes.len())?)?
        .copy_from_slice(bytes);
    let map: &'static memmap2::Mmap = Box::leak(Box::new(map.make_read_only().ok()?));
    map.get(start..start + bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_copy_holds_the_bytes_from_a_huge_page_boundary() {
        let bytes: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let copy = copied_into_huge_pages(&bytes).unwrap();
        assert_eq!(copy, &bytes[..]);
        assert_eq!(copy.as_ptr() as usize % HUGE_PAGE, 0);
        assert_eq!(copied_into_huge_pages(&[]).unwrap(), &[] as &[u8]);
    }
}
