"""Voice notes: record the default microphone, keep a crash-safe WAV, compress, attach."""
