-- Thresholds the one-stop counter is warned with, as effective-dated data: results issued but not
-- collected, and online dossiers waiting for reception. A later row replaces an earlier one from
-- its date; dossiers are judged by the row in force on the day of the look.
CREATE TABLE dossier_watch_rules (
  rule text NOT NULL CHECK (rule IN ('uncollected-result', 'online-reception')),
  effective_from date NOT NULL,
  threshold integer NOT NULL CHECK (threshold > 0),
  unit text NOT NULL CHECK (unit IN ('working-days', 'working-hours')),
  basis text NOT NULL,
  PRIMARY KEY (rule, effective_from)
);

INSERT INTO dossier_watch_rules (rule, effective_from, threshold, unit, basis) VALUES
  ('uncollected-result', '2025-07-01', 5, 'working-days',
   'Lựa chọn của hệ thống (không có thời hạn luật định): kết quả đã ban hành quá 05 ngày làm việc mà người nộp chưa nhận thì Bộ phận Một cửa liên hệ người nộp; kết quả được lưu giữ tại Bộ phận Một cửa (Nghị định 118/2025/NĐ-CP).'),
  ('online-reception', '2025-07-01', 8, 'working-hours',
   'Lựa chọn của hệ thống: hồ sơ trực tuyến được kiểm tra, tiếp nhận hoặc từ chối trong 01 ngày làm việc (08 giờ làm việc) kể từ khi nộp (Nghị định 118/2025/NĐ-CP).');
