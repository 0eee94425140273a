"""The wire contract shared by the terminal and HQ."""
