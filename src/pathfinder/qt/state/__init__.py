"""The window's hold on the learner's state: the session, undoable commands and undo feedback."""
