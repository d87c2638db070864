"""Files in and out: packs, profiles and reports. No Qt."""
