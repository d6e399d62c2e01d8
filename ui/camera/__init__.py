"""Photos for exceptions: the camera behind a frame source, and the JPEG that is attached."""
