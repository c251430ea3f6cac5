"""reconcile: Tid, the company file's documents and its import journal side by side."""
