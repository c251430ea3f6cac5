"""The live import screen: waiting bases, preview, import, summary, history and documents."""
