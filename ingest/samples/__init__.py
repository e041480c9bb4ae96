"""Bundled sample notices written for ketluan (not copies of any real notice); `ketluan demo` ingests them."""
