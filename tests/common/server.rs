//! A running `faro serve` for the end-to-end tests: started on a free port,
//! asked over a small HTTP client on `TcpStream`, its event stream read, and
//! killed when dropped. Every wait has a deadline and every socket a timeout.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Long enough for a debug build of a fixture on a slow, busy machine.
pub const PATIENCE: Duration = Duration::from_secs(120);

/// A running `faro serve`, killed when dropped.
pub struct Server {
    pub child: Child,
    pub port: u16,
    pub url: String,
    pub stdout: Arc<Mutex<String>>,
    pub stderr: Arc<Mutex<String>>,
}

impl Server {
    /// Starts `faro serve <campaign> --port 0 <extra>` (`extra` may name
    /// another port) in `dir`, with its temporary files under `dir/t` (or
    /// where it chooses when `own_tmp` is false), and waits for its URL.
    pub fn start(dir: &Path, campaign: &str, extra: &[&str], own_tmp: bool) -> Server {
        std::fs::create_dir_all(dir.join("t")).unwrap();
        let mut command = super::faro_command();
        if own_tmp {
            command.env("TMPDIR", dir.join("t"));
        } else {
            command.env_remove("TMPDIR");
        }
        let mut child = command
            .current_dir(dir)
            .arg("serve")
            .arg(campaign)
            .args(if extra.contains(&"--port") {
                &[][..]
            } else {
                &["--port", "0"][..]
            })
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start faro serve");
        let stdout = collect(child.stdout.take().unwrap());
        let stderr = collect(child.stderr.take().unwrap());
        let mut server = Server {
            child,
            port: 0,
            url: String::new(),
            stdout,
            stderr,
        };
        let deadline = Instant::now() + PATIENCE;
        let url = loop {
            let out = server.stdout.lock().unwrap().clone();
            if let Some(url) = out.split_whitespace().find(|w| w.starts_with("http://")) {
                break url.to_string();
            }
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("faro serve exited ({status})\n{}", server.output());
            }
            assert!(Instant::now() < deadline, "no URL\n{}", server.output());
            std::thread::sleep(Duration::from_millis(20));
        };
        let port = url
            .trim_start_matches("http://127.0.0.1:")
            .trim_end_matches('/')
            .parse()
            .unwrap_or_else(|_| panic!("the URL is not http://127.0.0.1:PORT/: {url}"));
        server.url = url;
        server.port = port;
        server
    }

    pub fn output(&self) -> String {
        format!(
            "--- stdout\n{}\n--- stderr\n{}",
            self.stdout.lock().unwrap(),
            self.stderr.lock().unwrap()
        )
    }

    /// GET `path` (sent as is, so that it may hold `..`).
    pub fn get(&self, path: &str) -> Reply {
        self.request("GET", path, "127.0.0.1")
    }

    pub fn request(&self, method: &str, path: &str, host: &str) -> Reply {
        request(self.port, method, path, host)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}\n{}", self.output()))
    }

    /// Polls `path` until `done` holds for the reply; returns that reply.
    pub fn poll(&self, path: &str, what: &str, done: impl Fn(&Reply) -> bool) -> Reply {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let reply = self.get(path);
            if done(&reply) {
                return reply;
            }
            assert!(
                Instant::now() < deadline,
                "{path} never showed {what}; last reply:\n{}\n{}",
                reply.text(),
                self.output()
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Sends SIGINT, as Ctrl-C does, and waits for the exit.
    pub fn interrupt(&mut self) -> ExitStatus {
        let sent = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(sent.success());
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "no exit after SIGINT\n{}",
                self.output()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    /// Ctrl-C first, as a user stops it: the preview then removes its
    /// private folder (hundreds of MB in /dev/shm for a large site), which
    /// a killed one leaves behind, even when a test panics. Killed only if
    /// it has not stopped after a while.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = Command::new("kill")
                .args(["-INT", &self.child.id().to_string()])
                .status();
            let deadline = Instant::now() + Duration::from_secs(30);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn collect(stream: impl Read + Send + 'static) -> Arc<Mutex<String>> {
    let text = Arc::new(Mutex::new(String::new()));
    let sink = text.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            let mut s = sink.lock().unwrap();
            s.push_str(&line);
            s.push('\n');
        }
    });
    text
}

/// An HTTP response.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn body(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn text(&self) -> String {
        format!("{} {:?}\n{}", self.status, self.headers, self.body())
    }
}

/// One request on a fresh connection, read to its end.
pub fn request(port: u16, method: &str, path: &str, host: &str) -> std::io::Result<Reply> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    stream.set_write_timeout(Some(Duration::from_secs(30)))?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n"
    )?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| std::io::Error::other("no end of headers"))?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("bad status line in {head}")))?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    Ok(Reply {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    })
}

/// The event stream: each `data:` line of a `build` event, as it comes.
pub struct Events {
    pub reader: BufReader<TcpStream>,
}

impl Events {
    pub fn open(port: u16) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        write!(
            stream,
            "GET /__faro/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        Events {
            reader: BufReader::new(stream),
        }
    }

    /// The next build number announced, waiting at most `patience`.
    pub fn next_build(&mut self, patience: Duration) -> u64 {
        let deadline = Instant::now() + patience;
        // A read that times out keeps what it read in `line`.
        let mut line = String::new();
        loop {
            match self.reader.read_line(&mut line) {
                Ok(0) => panic!("the event stream ended"),
                Ok(_) => {
                    // Each event is one chunk: its lines arrive whole.
                    if let Some(n) = line.trim().strip_prefix("data: ") {
                        return n.parse().expect("a build number");
                    }
                    line.clear();
                }
                Err(e)
                    if e.kind() == std::io::ErrorKind::WouldBlock
                        || e.kind() == std::io::ErrorKind::TimedOut => {}
                Err(e) => panic!("reading the event stream: {e}"),
            }
            assert!(Instant::now() < deadline, "no build event in time");
        }
    }
}
