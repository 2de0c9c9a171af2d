"""Briefing packs as plain objects: who a pack is for, its sections, and what each says."""
