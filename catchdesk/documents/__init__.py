"""Paper: reportlab layouts for badges, certificates, coach schedules and slips (no Qt here)."""
