-- An application's own migration, run by Spring Boot's Flyway beside Rakor's.
CREATE TABLE application_note (
  id INTEGER PRIMARY KEY,
  body VARCHAR(200) NOT NULL
);
