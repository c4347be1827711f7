//! `xinwen.read`: articles extracted in the background and handed out one by one.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, sync_channel};
use std::time::Duration;

use pyo3::prelude::*;
use xinwen_core::Article;
use xinwen_extract::Extractor;
use xinwen_parse::{Inputs, ReadOptions};

use crate::article::PyArticle;
use crate::errors::XinwenError;

/// How often a wait for the next batch looks for a signal (Ctrl-C).
const SIGNAL_CHECK: Duration = Duration::from_millis(50);

/// Batches waiting in the channel: memory stays bounded when Python reads slowly.
const QUEUED_BATCHES: usize = 4;

/// What a background extraction needs.
pub(crate) struct StreamSpec {
    pub(crate) paths: Vec<PathBuf>,
    pub(crate) options: ReadOptions,
    pub(crate) extractor: Extractor,
    pub(crate) workers: Option<usize>,
    pub(crate) learn_templates: bool,
}

/// A batch of records, or the reason the run could not start.
type Message = Result<Vec<Article>, String>;

/// Articles of a background extraction, in input order. Iterating waits without the
/// GIL; dropping the stream stops the extraction.
#[pyclass(name = "ArticleStream", module = "xinwen")]
pub struct PyArticleStream {
    receiver: Mutex<Receiver<Message>>,
    ready: VecDeque<Article>,
    read: usize,
}

fn run(spec: StreamSpec, sender: &SyncSender<Message>) -> Result<(), String> {
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = spec.workers {
        pool = pool.num_threads(n.max(1));
    }
    let pool = pool
        .build()
        .map_err(|e| format!("cannot start workers: {e}"))?;
    let mut extractor = spec.extractor;
    if spec.learn_templates {
        let inputs = Inputs::new(&spec.paths, spec.options.clone());
        let templates = pool.install(|| xinwen_extract::learn_templates(inputs));
        extractor = extractor.with_templates(templates);
    }
    let mut batch = Vec::with_capacity(xinwen_extract::CHUNK);
    let inputs = Inputs::new(&spec.paths, spec.options);
    let sent = pool.install(|| {
        xinwen_extract::extract_stream(&extractor, inputs, |article| {
            batch.push(article);
            if batch.len() == xinwen_extract::CHUNK {
                sender.send(Ok(std::mem::take(&mut batch)))?;
            }
            Ok::<(), std::sync::mpsc::SendError<Message>>(())
        })
    });
    // a reader that went away is no error of the run
    if sent.is_ok() && !batch.is_empty() {
        let _ = sender.send(Ok(batch));
    }
    Ok(())
}

impl PyArticleStream {
    /// Starts extracting `spec` on a background thread.
    pub(crate) fn start(spec: StreamSpec) -> PyResult<PyArticleStream> {
        let (sender, receiver) = sync_channel::<Message>(QUEUED_BATCHES);
        std::thread::Builder::new()
            .name("xinwen-read".into())
            .spawn(move || {
                let outcome =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(spec, &sender)));
                let failure = match outcome {
                    Ok(Ok(())) => return,
                    Ok(Err(message)) => message,
                    Err(_) => "internal error while extracting (a bug: please report it)".into(),
                };
                let _ = sender.send(Err(failure));
            })
            .map_err(|e| XinwenError::new_err(format!("cannot start a reader thread: {e}")))?;
        Ok(PyArticleStream {
            receiver: Mutex::new(receiver),
            ready: VecDeque::new(),
            read: 0,
        })
    }
}

#[pymethods]
impl PyArticleStream {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<PyArticle>> {
        if self.ready.is_empty() {
            let receiver = &self.receiver;
            // wait without the GIL, looking up now and then for Ctrl-C (a
            // KeyboardInterrupt raised here drops the stream, which stops the workers)
            let message = loop {
                let got = py.detach(|| {
                    let receiver = receiver.lock().unwrap_or_else(|p| p.into_inner());
                    receiver.recv_timeout(SIGNAL_CHECK)
                });
                match got {
                    Ok(message) => break Some(message),
                    Err(RecvTimeoutError::Timeout) => py.check_signals()?,
                    Err(RecvTimeoutError::Disconnected) => break None,
                }
            };
            match message {
                Some(Ok(batch)) => self.ready.extend(batch),
                Some(Err(failure)) => return Err(XinwenError::new_err(failure)),
                None => return Ok(None),
            }
        }
        Ok(self.ready.pop_front().map(|a| {
            self.read += 1;
            PyArticle::new(a)
        }))
    }

    /// How many articles the stream has handed out so far.
    #[getter]
    fn count(&self) -> usize {
        self.read
    }

    fn __repr__(&self) -> String {
        format!("ArticleStream(read={})", self.read)
    }
}
