//! Tests that need a second process — one that can be killed mid-work, as a
//! crash or a dropped SSH session would — re-run this test binary on a
//! single helper. Helpers are `#[ignore]`d, so a plain `cargo test` never
//! counts them as passes; run by hand without their environment variable
//! they fail with [`child_dir`]'s message.

use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdout, Command, Stdio};

/// Set in the child to the folder it should work in.
const CHILD_DIR_ENV: &str = "RESUMD_TEST_CHILD_DIR";

/// The folder a helper works in; panics when the helper was not started by
/// [`spawn_helper`].
pub(crate) fn child_dir() -> std::path::PathBuf {
    std::env::var_os(CHILD_DIR_ENV)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            panic!("a helper process for another test: it runs only when that test starts it")
        })
}

/// Starts helper test `test_path` in a new process working in `dir`, and
/// waits until it prints `ready_line`.
pub(crate) fn spawn_helper(test_path: &str, dir: &std::path::Path, ready_line: &str) -> Child {
    let mut child = Command::new(own_binary())
        .args([
            test_path,
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_DIR_ENV, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("re-running the test binary");
    let stdout: ChildStdout = child.stdout.take().expect("piped stdout");
    let mut lines = BufReader::new(stdout).lines();
    loop {
        match lines.next() {
            // libtest prints "test <name> ... " before the helper's own output.
            Some(Ok(line)) if line.trim_end().ends_with(ready_line) => break,
            Some(Ok(_)) => continue,
            _ => {
                let _ = child.kill();
                panic!("helper {test_path} exited before printing {ready_line}");
            }
        }
    }
    // Keep draining so the child never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    child
}

/// SIGKILL, like a crash: no destructors, no clean-up.
pub(crate) fn kill_hard(child: &mut Child) {
    child.kill().expect("killing the helper");
    child.wait().expect("reaping the helper");
}

/// This very binary. On Linux `/proc/self/exe` still names it if a rebuild
/// (from another checkout sharing the target folder) replaced the file.
fn own_binary() -> std::path::PathBuf {
    let proc_exe = std::path::PathBuf::from("/proc/self/exe");
    if proc_exe.exists() {
        proc_exe
    } else {
        std::env::current_exe().expect("the test binary's path")
    }
}
