//! Whether the user's text is on disk, told so that it cannot lie.
//!
//! Every edit gets a generation number; every snapshot handed to the
//! background writer remembers the generation it holds and the writer's
//! sequence number for it. "Saved" means the writer reports a sequence
//! number on disk whose generation is the latest edit's — not merely that
//! the last write succeeded (it may have been an older snapshot, retried).
//! A failed save never drops the autosave deadline: edits made since the
//! snapshot that failed are still due, and the newest snapshot is what the
//! next attempt writes.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// How long after the first unsaved edit the autosave runs.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(800);

/// What the status bar shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// The latest edit is on disk.
    Saved,
    /// Edits waiting for the autosave.
    Edited,
    /// The latest edit is with the background writer.
    Saving,
    /// The last attempt failed and the latest edit is not on disk; the text
    /// is still in memory.
    Failed(String),
}

#[derive(Debug, Default)]
pub struct SaveTracker {
    /// Generation of the latest edit (0: as loaded).
    edits: u64,
    /// Snapshots handed to the writer and not yet known written:
    /// (writer's sequence number, generation).
    in_flight: VecDeque<(u64, u64)>,
    /// Generation of the last snapshot submitted.
    submitted: u64,
    /// Generation known to be on disk.
    on_disk: u64,
    /// When the autosave is due, while edits wait for it.
    deadline: Option<Instant>,
    failure: Option<String>,
}

impl SaveTracker {
    /// The document changed.
    pub fn edited(&mut self, now: Instant) {
        self.edits += 1;
        self.deadline.get_or_insert(now + AUTOSAVE_DELAY);
    }

    /// When the autosave should run, if edits are waiting for it.
    pub fn deadline(&self) -> Option<Instant> {
        self.deadline
    }

    /// Whether the document was edited since it was opened (so this
    /// session writes the file anyway).
    pub fn edited_since_open(&self) -> bool {
        self.edits > 0
    }

    /// Whether the newest edit has not been handed to the writer yet.
    pub fn has_unsubmitted(&self) -> bool {
        self.submitted < self.edits
    }

    /// A snapshot of the latest edit went to the writer as `seq`.
    pub fn submitted(&mut self, seq: u64) {
        self.in_flight.push_back((seq, self.edits));
        self.submitted = self.edits;
        self.deadline = None;
    }

    /// The writer reports every snapshot up to `seq` written.
    pub fn written_up_to(&mut self, seq: u64) {
        while let Some(&(s, generation)) = self.in_flight.front() {
            if s > seq {
                break;
            }
            self.on_disk = self.on_disk.max(generation);
            self.in_flight.pop_front();
        }
    }

    /// The writer's latest attempt succeeded.
    pub fn succeeded(&mut self) {
        self.failure = None;
    }

    /// The writer's latest attempt failed. The text stays in memory and the
    /// deadline of unsubmitted edits stands; the writer retries on its own.
    pub fn failed(&mut self, error: String) {
        self.failure = Some(error);
    }

    pub fn is_saved(&self) -> bool {
        self.on_disk >= self.edits
    }

    /// Whether saves are failing (and the latest edit is not on disk).
    pub fn failure(&self) -> Option<&str> {
        self.failure.as_deref().filter(|_| !self.is_saved())
    }

    pub fn state(&self) -> SaveState {
        if self.is_saved() {
            SaveState::Saved
        } else if let Some(error) = self.failure() {
            SaveState::Failed(error.to_string())
        } else if self.has_unsubmitted() {
            SaveState::Edited
        } else {
            SaveState::Saving
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A stand-in for the background writer with the same contract as
    /// `storage::Autosaver`: snapshots are numbered; only the newest one
    /// waiting is written; a failed one is kept and retried until a newer
    /// one replaces it; the UI sees only the latest outcome.
    #[derive(Default)]
    struct Writer {
        next_seq: u64,
        /// (seq, the generation it holds) waiting to be written.
        pending: Option<(u64, u64)>,
        written_seq: u64,
        /// The generation in the file.
        on_disk: u64,
        outcome: Option<Result<(), String>>,
    }

    impl Writer {
        fn submit(&mut self, generation: u64) -> u64 {
            self.next_seq += 1;
            self.pending = Some((self.next_seq, generation));
            self.next_seq
        }

        /// One attempt at the waiting snapshot on a disk that `works` or not.
        fn step(&mut self, works: bool) {
            let Some((seq, generation)) = self.pending else {
                return;
            };
            if works {
                self.pending = None;
                self.written_seq = self.written_seq.max(seq);
                self.on_disk = generation;
                self.outcome = Some(Ok(()));
            } else {
                self.outcome = Some(Err("disk full".into()));
            }
        }
    }

    #[derive(Debug, Clone)]
    enum Op {
        Edit,
        /// Time passes by this many milliseconds.
        Wait(u64),
        DiskFails,
        DiskWorks,
        /// The writer makes an attempt.
        WriterStep,
        /// The UI collects the writer's outcome.
        Collect,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => Just(Op::Edit),
            2 => (0u64..1500).prop_map(Op::Wait),
            1 => Just(Op::DiskFails),
            1 => Just(Op::DiskWorks),
            3 => Just(Op::WriterStep),
            3 => Just(Op::Collect),
        ]
    }

    /// What the event loop does with the tracker each turn.
    fn loop_turn(tracker: &mut SaveTracker, writer: &mut Writer, generation: u64, now: Instant) {
        if tracker.deadline().is_some_and(|at| now >= at) {
            tracker.submitted(writer.submit(generation));
        }
    }

    fn collect(tracker: &mut SaveTracker, writer: &mut Writer) {
        if let Some(outcome) = writer.outcome.take() {
            tracker.written_up_to(writer.written_seq);
            match outcome {
                Ok(()) => tracker.succeeded(),
                Err(error) => tracker.failed(error),
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn saved_is_only_ever_shown_when_the_latest_edit_is_on_disk(
            ops in proptest::collection::vec(op(), 1..80)
        ) {
            let mut tracker = SaveTracker::default();
            let mut writer = Writer::default();
            let mut now = Instant::now();
            let (mut generation, mut works) = (0u64, true);
            for op in ops {
                match op {
                    Op::Edit => {
                        generation += 1;
                        tracker.edited(now);
                    }
                    Op::Wait(ms) => now += Duration::from_millis(ms),
                    Op::DiskFails => works = false,
                    Op::DiskWorks => works = true,
                    Op::WriterStep => writer.step(works),
                    Op::Collect => collect(&mut tracker, &mut writer),
                }
                loop_turn(&mut tracker, &mut writer, generation, now);
                if tracker.state() == SaveState::Saved {
                    prop_assert_eq!(writer.on_disk, generation, "saved shown, latest not on disk");
                }
                // Unsaved text always has a way to disk: a deadline, or a
                // snapshot of it with the writer.
                if !tracker.is_saved() {
                    let waiting = writer.pending.is_some_and(|(_, g)| g == generation);
                    let written = writer.on_disk == generation;
                    prop_assert!(tracker.deadline().is_some() || waiting || written);
                }
            }
            // Once the disk works again, the text gets there and says so.
            works = true;
            for _ in 0..3 {
                now += AUTOSAVE_DELAY;
                loop_turn(&mut tracker, &mut writer, generation, now);
                writer.step(works);
                collect(&mut tracker, &mut writer);
            }
            prop_assert_eq!(tracker.state(), SaveState::Saved);
            prop_assert_eq!(writer.on_disk, generation);
        }
    }

    #[test]
    fn a_failure_keeps_the_deadline_of_later_edits() {
        // The bug: an edit while a save was in flight, then the failure
        // replaced "edited" and dropped its deadline; the retry of the
        // older snapshot then said "saved".
        let t0 = Instant::now();
        let mut tracker = SaveTracker::default();
        tracker.edited(t0);
        tracker.submitted(1);
        tracker.edited(t0);
        tracker.failed("disk full".into());
        assert!(tracker.deadline().is_some());
        tracker.written_up_to(1);
        tracker.succeeded();
        assert_eq!(tracker.state(), SaveState::Edited);
        tracker.submitted(2);
        assert_eq!(tracker.state(), SaveState::Saving);
        tracker.written_up_to(2);
        assert_eq!(tracker.state(), SaveState::Saved);
    }
}
