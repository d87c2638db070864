"""The Skills dock: the virtual skill model, its filter, and how role skills show."""
