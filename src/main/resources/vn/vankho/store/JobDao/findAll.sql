SELECT * FROM jobs WHERE id IN (<ids>) ORDER BY id
