//! `rust-version` is what the locked dependencies need: the highest
//! `rust-version` among the crates of `Cargo.lock` that cargo has fetched
//! (crates of other platforms are not fetched and not checked). No other
//! toolchain is needed, so CI runs it with the tests.

use std::path::PathBuf;

/// `1.82` or `1.85.0` as comparable numbers.
fn version(s: &str) -> Vec<u32> {
    s.split('.').map(|n| n.parse().expect("a rust-version")).collect()
}

/// The `rust-version` of a manifest, if it declares one.
fn rust_version(manifest: &str) -> Option<Vec<u32>> {
    let line = manifest.lines().find(|l| l.starts_with("rust-version"))?;
    Some(version(line.split('"').nth(1)?))
}

#[test]
fn rust_version_is_what_the_locked_dependencies_need() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let read =
        |path: PathBuf| std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let declared = rust_version(&read(root.join("Cargo.toml"))).expect("Cargo.toml declares rust-version");
    let cli = rust_version(&read(root.join("cli/Cargo.toml"))).expect("cli/Cargo.toml declares rust-version");
    assert_eq!(cli, declared, "the CLI declares the library's rust-version");
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .expect("CARGO_HOME or HOME");
    let sources: Vec<PathBuf> = std::fs::read_dir(home.join("registry/src"))
        .map(|dirs| dirs.filter_map(|d| d.ok().map(|d| d.path())).collect())
        .unwrap_or_default();
    let lock = read(root.join("Cargo.lock"));
    let mut needed = (vec![0], String::new());
    for package in lock.split("[[package]]").filter(|p| p.contains("\nsource = \"registry+")) {
        let field =
            |key: &str| package.lines().find_map(|l| l.strip_prefix(key)).map(|v| v.trim_matches('"'));
        let (Some(name), Some(ver)) = (field("name = "), field("version = ")) else { continue };
        let manifest =
            sources.iter().map(|s| s.join(format!("{name}-{ver}/Cargo.toml"))).find(|p| p.exists());
        if let Some(rv) = manifest.and_then(|m| rust_version(&read(m))) {
            if rv > needed.0 {
                needed = (rv, format!("{name} {ver}"));
            }
        }
    }
    assert!(!needed.1.is_empty(), "no locked crate found under {}", home.display());
    // 1.88 and 1.88.0 are the same version.
    let trim = |mut v: Vec<u32>| {
        while v.len() > 2 && v.last() == Some(&0) {
            v.pop();
        }
        v
    };
    assert_eq!(trim(declared), trim(needed.0.clone()), "rust-version: {} needs {:?}", needed.1, needed.0);
}
