"""The client list (several clients in one home) and the client's name on every screen."""
