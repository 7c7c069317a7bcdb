-- The online tray: dossiers submitted online (channel 2) still waiting for reception (status 1).
CREATE INDEX dossiers_online_tray ON dossiers (submitted_at, code) WHERE channel = 2 AND status = 1;
