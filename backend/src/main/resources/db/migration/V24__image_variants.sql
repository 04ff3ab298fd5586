-- Widths of the resized copies made of an uploaded image, stored next to it as {key}-w{width}.jpg.
ALTER TABLE stored_file ADD COLUMN image_widths VARCHAR(40) NULL;
