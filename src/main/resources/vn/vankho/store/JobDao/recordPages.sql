UPDATE jobs SET pages_done = :pages, pages_total = :pages WHERE id = :id
